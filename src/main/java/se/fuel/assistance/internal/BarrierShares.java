package se.fuel.assistance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.fuel.assistance.BarrierCategory;
import se.fuel.assistance.CategoryShare;

/**
 * Andelar per försörjningshinder: each barrier category's part of the sum of the categories in one month. The sum of
 * the parts, not a separately registered total, is the whole, so the shares add up to 100 %.
 */
final class BarrierShares {

	private BarrierShares() {
	}

	public static List<CategoryShare> of(Map<BarrierCategory, Double> values) {
		double sum = 0;
		for (BarrierCategory c : BarrierCategory.parts()) {
			Double v = values.get(c);
			sum += v == null ? 0 : v;
		}
		List<CategoryShare> shares = new ArrayList<>();
		if (sum == 0) {
			return shares;
		}
		for (BarrierCategory c : BarrierCategory.parts()) {
			Double v = values.get(c);
			if (v != null) {
				shares.add(new CategoryShare(c, v, v / sum * 100));
			}
		}
		return shares;
	}
}

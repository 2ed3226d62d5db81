package se.fuel.assistance;

/** Compares districts by regression: which differ from what their structural variables lead one to expect. Officers. */
public interface DistrictComparison {

	DistrictComparisonView compare(DistrictComparisonQuery query);
}

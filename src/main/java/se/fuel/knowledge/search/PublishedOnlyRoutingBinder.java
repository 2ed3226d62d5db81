package se.fuel.knowledge.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import se.fuel.knowledge.KnowledgeStatus;
import se.fuel.knowledge.internal.KnowledgeItem;

/**
 * Keeps drafts and unpublished items out of the index: what is not in it cannot be found by any search, whatever
 * the query. Publishing indexes the item, unpublishing removes it.
 */
class PublishedOnlyRoutingBinder implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("status");
		context.bridge(KnowledgeItem.class, new Bridge());
	}

	private static final class Bridge implements RoutingBridge<KnowledgeItem> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, KnowledgeItem item,
				RoutingBridgeRouteContext context) {
			if (item.status() == KnowledgeStatus.PUBLISHED) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, KnowledgeItem item,
				RoutingBridgeRouteContext context) {
			// It may have been published before: the one route is the only place it can be.
			routes.addRoute();
		}
	}
}

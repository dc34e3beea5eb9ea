package uk.svkit.api.platform.webhooks;

import java.util.List;

/** What one HTTP attempt needs, read when the delivery was claimed. */
record DeliveryJob(
    String deliveryId,
    String subscriptionId,
    String eventId,
    String url,
    List<String> secrets,
    String body) {}

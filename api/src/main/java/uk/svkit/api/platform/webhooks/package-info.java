/**
 * Webhooks: an organisation's subscriptions to event types, and the delivery of each numbered event
 * to each matching subscription, signed the Standard Webhooks way, at least once, in order per
 * subject, with back-off, from any number of instances on one database. Receiver URLs are checked
 * against server-side request forgery ({@link uk.svkit.api.platform.webhooks.ReceiverGuard}).
 */
package uk.svkit.api.platform.webhooks;

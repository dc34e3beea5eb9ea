/**
 * Money for every context: an amount with its ISO 4217 currency ({@link
 * uk.svkit.api.platform.money.Money}), so that a value never travels apart from the currency it is
 * in and amounts in different currencies are never added. The HTTP contract still publishes money
 * as a decimal amount beside a {@code currency}; the REST mappers read both from a Money.
 */
package uk.svkit.api.platform.money;

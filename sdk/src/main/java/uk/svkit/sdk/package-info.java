/**
 * Entry point of the Social Value Kit SDK: {@link uk.svkit.sdk.SvkitClient}, built with {@link
 * uk.svkit.sdk.SvkitClientBuilder}, and one client per API area ({@link
 * uk.svkit.sdk.OrganisationsClient}, {@link uk.svkit.sdk.PlacesClient}, {@link
 * uk.svkit.sdk.AuditClient}, {@link uk.svkit.sdk.FrameworksClient}, {@link
 * uk.svkit.sdk.ProxySetsClient}, {@link uk.svkit.sdk.ValuationsClient}, {@link
 * uk.svkit.sdk.QuestionSetsClient}, {@link uk.svkit.sdk.TendersClient}, {@link
 * uk.svkit.sdk.ContractsClient}, {@link uk.svkit.sdk.DashboardsClient}), plus the cross-cutting
 * types every area uses: {@link uk.svkit.sdk.RequestOptions}, {@link uk.svkit.sdk.Response}, {@link
 * uk.svkit.sdk.PagedIterable}, {@link uk.svkit.sdk.RetryPolicy} and {@link
 * uk.svkit.sdk.TokenCredential}.
 */
package uk.svkit.sdk;

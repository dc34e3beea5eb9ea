package uk.svkit.sdk;

import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.Framework;
import uk.svkit.sdk.models.FrameworkEdition;

/**
 * The framework library: social value frameworks, their editions, and each edition's tree of
 * elements and measures. Read-only. Obtain from {@link SvkitClient#frameworks()}; thread-safe.
 *
 * <p>Every method may also throw {@link uk.svkit.sdk.exception.AuthenticationException}, {@link
 * uk.svkit.sdk.exception.RateLimitException}, {@link uk.svkit.sdk.exception.ServerException} and
 * {@link ConnectionException}.
 */
public final class FrameworksClient {

    private final Operations ops;

    FrameworksClient(Operations ops) {
        this.ops = ops;
    }

    /**
     * Lists all frameworks with their editions (without the editions' trees).
     *
     * @return a lazy iterable; no request is sent until iteration
     * @throws ApiException during iteration if the server answers with an error
     * @throws ConnectionException during iteration if no response arrived
     */
    public PagedIterable<Framework> listFrameworks() {
        return listFrameworks(null);
    }

    /**
     * Lists all frameworks with their editions, with per-call options applied to every page.
     *
     * @param requestOptions per-call options, or {@code null}
     * @return a lazy iterable; no request is sent until iteration
     * @throws ApiException during iteration if the server answers with an error
     * @throws ConnectionException during iteration if no response arrived
     */
    public PagedIterable<Framework> listFrameworks(RequestOptions requestOptions) {
        return ops.list(ops.url("frameworks").build(), Framework.class, requestOptions);
    }

    /**
     * Returns one edition of a framework with its full tree of elements and measures.
     *
     * @param frameworkCode the framework code, such as {@code PPN0620}
     * @param edition the edition, such as {@code 2020-12}
     * @return the edition
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if an argument is blank
     * @throws NotFoundException if there is no such framework or edition
     * @throws ApiException if the server answers with another error
     * @throws ConnectionException if no response arrived
     */
    public FrameworkEdition getFrameworkEdition(String frameworkCode, String edition) {
        return getFrameworkEditionWithResponse(frameworkCode, edition, null).getValue();
    }

    /**
     * Returns one edition of a framework with the HTTP details.
     *
     * @param frameworkCode the framework code, such as {@code PPN0620}
     * @param edition the edition, such as {@code 2020-12}
     * @param requestOptions per-call options, or {@code null}
     * @return the response
     * @throws NullPointerException if {@code frameworkCode} or {@code edition} is {@code null}
     * @throws IllegalArgumentException if {@code frameworkCode} or {@code edition} is blank
     * @throws NotFoundException if there is no such framework or edition
     * @throws ApiException if the server answers with another error
     * @throws ConnectionException if no response arrived
     */
    public Response<FrameworkEdition> getFrameworkEditionWithResponse(String frameworkCode,
            String edition, RequestOptions requestOptions) {
        return ops.send(HttpRequest.get(ops.url("frameworks",
                Operations.pathSegment(frameworkCode, "frameworkCode"), "editions",
                Operations.pathSegment(edition, "edition")).build()).options(requestOptions),
                FrameworkEdition.class);
    }
}

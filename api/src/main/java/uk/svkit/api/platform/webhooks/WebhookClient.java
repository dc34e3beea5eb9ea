package uk.svkit.api.platform.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP client deliveries go out on: Apache HttpClient 5's asynchronous client, whose callbacks
 * run on its own I/O threads (from the server's managed thread factory), so a request in flight
 * holds a connection, not a thread.
 *
 * <p>Why not java.net.http: on JDK 17 its {@code sendAsync} hands every completion to
 * CompletableFuture's default pool, which on a machine of two cores or fewer starts a new thread
 * per task. bench/events.sh measured it at about 0.55 ms of server CPU per delivery, more than
 * twice what ingesting the return cost. The resolver here also checks the addresses the client
 * actually connects to ({@link ReceiverGuard#addresses}), which java.net.http left to a lookup made
 * before it.
 *
 * <p>Redirects are not followed, nothing is retried here (a failed attempt is retried by the
 * schedule, with back-off), no cookies or authentication are kept between receivers, connections
 * are reused per receiver. Plain http (where the deployment allows it) is HTTP/1.1; over https
 * HTTP/2 is used where the receiver offers it.
 */
@ApplicationScoped
class WebhookClient {
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject ReceiverGuard guard;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.connect-timeout", defaultValue = "PT3S")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.request-timeout", defaultValue = "PT10S")
  Duration requestTimeout;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.max-in-flight", defaultValue = "512")
  int maxInFlight;

  private volatile CloseableHttpAsyncClient client;

  private static final ContentType JSON = ContentType.create("application/json");

  private CloseableHttpAsyncClient client() {
    CloseableHttpAsyncClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = build();
          c.start();
          client = c;
        }
      }
    }
    return c;
  }

  private CloseableHttpAsyncClient build() {
    DnsResolver resolver =
        new DnsResolver() {
          @Override
          public InetAddress[] resolve(String host) throws UnknownHostException {
            return guard.addresses(host);
          }

          @Override
          public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return guard.addresses(host)[0].getCanonicalHostName();
          }
        };
    Timeout timeout = Timeout.of(requestTimeout);
    return HttpAsyncClients.custom()
        .setConnectionManager(
            PoolingAsyncClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                // The dispatcher holds at most max-in-flight deliveries and spreads them over
                // subscriptions, several of which may share a receiver's host.
                .setMaxConnTotal(maxInFlight)
                .setMaxConnPerRoute(maxInFlight)
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(timeout)
                        // A pooled connection idle that long is checked before reuse: a receiver
                        // that closed it would otherwise fail the next delivery.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build())
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setConnectionRequestTimeout(timeout)
                .setResponseTimeout(timeout)
                .build())
        .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
        .setThreadFactory(threads != null ? threads : Executors.defaultThreadFactory())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableConnectionState()
        .disableContentCompression()
        .setUserAgent("svkit-webhooks")
        .build();
  }

  /**
   * POSTs {@code body} as JSON with {@code headers}; {@code done} gets the answer or the failure,
   * on the client's I/O thread (it must not block).
   */
  void post(
      URI url,
      Map<String, String> headers,
      byte[] body,
      BiConsumer<ResponseExcerpt.Answer, Exception> done) {
    SimpleRequestBuilder request = SimpleRequestBuilder.post(url).setBody(body, JSON);
    headers.forEach(request::addHeader);
    client()
        .execute(
            SimpleRequestProducer.create(request.build()),
            new ResponseExcerpt(requestTimeout),
            new FutureCallback<>() {
              @Override
              public void completed(ResponseExcerpt.Answer answer) {
                done.accept(answer, null);
              }

              @Override
              public void failed(Exception failure) {
                done.accept(null, failure);
              }

              @Override
              public void cancelled() {
                done.accept(null, new CancellationException("cancelled"));
              }
            });
  }

  /** The application is stopping: open requests end (their leases hand them to a later run). */
  @PreDestroy
  void stop() {
    CloseableHttpAsyncClient c = client;
    if (c != null) {
      c.close(CloseMode.GRACEFUL);
    }
  }
}

package uk.svkit.api.platform.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps webhook URLs from turning svkit into a proxy into its own network (SSRF): a receiver must
 * be HTTPS and resolve only to public addresses, unless the deployment allows plain HTTP or private
 * addresses ({@code svkit.webhooks.allow-http}, {@code svkit.webhooks.allow-private-addresses};
 * tests do). All of it is checked when a URL is saved; before every request the URL's form is
 * checked, and its host's addresses as the client connects ({@link #addresses} is the client's DNS
 * resolver), on the addresses it then connects to: a name that resolved to a public address when
 * saved and resolves to a private one now (DNS rebinding) cannot reach the private one.
 */
@ApplicationScoped
public class ReceiverGuard {
  @Inject
  @ConfigProperty(name = "svkit.webhooks.allow-http", defaultValue = "false")
  boolean allowHttp;

  @Inject
  @ConfigProperty(name = "svkit.webhooks.allow-private-addresses", defaultValue = "false")
  boolean allowPrivateAddresses;

  /** Why the URL may not receive webhooks, or {@code null} if it may. */
  public String refusal(String url) {
    String refusal = formRefusal(url);
    if (refusal != null || allowPrivateAddresses) {
      return refusal;
    }
    try {
      addresses(URI.create(url).getHost());
    } catch (PrivateAddressException e) {
      return PRIVATE;
    } catch (UnknownHostException e) {
      return "names a host that does not resolve";
    }
    return null;
  }

  /**
   * Why the URL may not receive webhooks without looking up its host (the client's resolver checks
   * the addresses as it connects), or {@code null}.
   */
  String formRefusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      return "is not a valid URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      return "must be an https URL";
    }
    if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
      return "must name a host, without user information or fragment";
    }
    return null;
  }

  private static final String PRIVATE =
      "must not resolve to a loopback, link-local or private address";

  /** A receiver's host resolved to an address it may not have. */
  static final class PrivateAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    PrivateAddressException(String host) {
      super("Receiver refused: " + host + " " + PRIVATE);
    }
  }

  /**
   * The addresses the client may connect to for {@code host}: all it resolves to, or none (an
   * exception) if any is loopback, link-local or private and the deployment does not allow them.
   */
  InetAddress[] addresses(String host) throws UnknownHostException {
    InetAddress[] all = InetAddress.getAllByName(host);
    if (!allowPrivateAddresses) {
      for (InetAddress address : all) {
        if (!isPublic(address)) {
          throw new PrivateAddressException(host);
        }
      }
    }
    return all;
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments,
      // 198.18/15 benchmarking, 240/4 reserved.
      return first != 0
          && !(first == 100 && second >= 64 && second < 128)
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)
          && !(first == 198 && (second == 18 || second == 19))
          && first < 240;
    }
    if (address instanceof Inet6Address) {
      // fc00::/7 unique local; IPv4-mapped addresses are judged by their IPv4 part.
      if ((b[0] & 0xfe) == 0xfc) {
        return false;
      }
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }
}

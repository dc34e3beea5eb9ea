package uk.svkit.api.platform.request;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The addresses whose forwarded headers ({@code Forwarded}, {@code X-Forwarded-*}) the server
 * believes: a load balancer or reverse proxy in front of it, given as addresses or CIDR ranges
 * ({@code svkit.http.trusted-proxies}). Nobody is trusted by default, because a client that reaches
 * the server directly could otherwise choose the host its links point to.
 */
public final class TrustedProxies {
  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * Parses a comma-separated list such as {@code 10.0.0.0/8, 127.0.0.1, ::1}; blank or {@code none}
   * trusts nobody.
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    if (list != null && !list.isBlank() && !"none".equalsIgnoreCase(list.trim())) {
      for (String item : list.split(",")) {
        String entry = item.trim();
        if (!entry.isEmpty()) {
          ranges.add(Range.of(entry));
        }
      }
    }
    return new TrustedProxies(List.copyOf(ranges));
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Whether this address (a literal, as a servlet container reports it) is a trusted proxy. */
  public boolean trusts(String address) {
    if (address == null || ranges.isEmpty()) {
      return false;
    }
    byte[] bytes = literal(address);
    if (bytes == null) {
      return false;
    }
    for (Range range : ranges) {
      if (range.contains(bytes)) {
        return true;
      }
    }
    return false;
  }

  /** The bytes of an IP literal, without any name lookup; null when it is not a literal. */
  static byte[] literal(String address) {
    String a = address.trim();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    boolean v4 = a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean v6 = a.indexOf(':') >= 0 && a.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
    if (!v4 && !v6) {
      return null;
    }
    try {
      byte[] bytes = InetAddress.getByName(a).getAddress();
      return unmapped(bytes);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) compares as the IPv4 address. */
  private static byte[] unmapped(byte[] bytes) {
    if (bytes.length == 16) {
      boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
      for (int i = 0; i < 10 && mapped; i++) {
        mapped = bytes[i] == 0;
      }
      if (mapped) {
        return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
      }
    }
    return bytes;
  }

  private record Range(byte[] network, int prefix) {
    static Range of(String entry) {
      String address = entry;
      int prefix = -1;
      int slash = entry.indexOf('/');
      if (slash >= 0) {
        address = entry.substring(0, slash);
        prefix = Integer.parseInt(entry.substring(slash + 1).trim());
      }
      byte[] bytes = literal(address);
      if (bytes == null) {
        throw new IllegalArgumentException(
            "svkit.http.trusted-proxies: not an IP address or CIDR range: " + entry);
      }
      int bits = bytes.length * 8;
      if (prefix < 0) {
        prefix = bits;
      }
      if (prefix > bits) {
        throw new IllegalArgumentException(
            "svkit.http.trusted-proxies: prefix longer than the address: "
                + entry.toLowerCase(Locale.ROOT));
      }
      return new Range(bytes, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int bits = network.length * 8;
      BigInteger mask =
          BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
      BigInteger a = new BigInteger(1, address).and(mask);
      BigInteger n = new BigInteger(1, network).and(mask);
      return a.equals(n);
    }
  }
}

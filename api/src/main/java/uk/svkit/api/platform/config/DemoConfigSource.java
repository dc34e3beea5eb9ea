package uk.svkit.api.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The demo configuration. Only when {@code SVKIT_DEMO=true} (or {@code -Dsvkit.demo=true}) does
 * svkit trust tokens signed with the demo key that ships with the source (so anyone can mint them:
 * see README). Its ordinal is below environment variables and every properties file, so a real
 * deployment's {@code MP_JWT_VERIFY_PUBLICKEY*} and issuer always win.
 */
public class DemoConfigSource implements ConfigSource {
  public static final String DEMO_ISSUER = "svkit-demo";
  public static final String DEMO_AUDIENCE = "svkit";
  static final String SOURCE_NAME = "svkit-demo";
  private static final String DEMO_PUBLIC_KEY = "META-INF/svkit-demo/jwt-public.pem";

  private final Map<String, String> properties;

  public DemoConfigSource() {
    this.properties = isDemo() ? demoProperties() : Map.of();
  }

  public static boolean isDemo() {
    String value = System.getProperty("svkit.demo", System.getenv("SVKIT_DEMO"));
    return Boolean.parseBoolean(value);
  }

  private Map<String, String> demoProperties() {
    try (InputStream in =
        DemoConfigSource.class.getClassLoader().getResourceAsStream(DEMO_PUBLIC_KEY)) {
      if (in == null) {
        return Map.of();
      }
      return Map.of(
          "mp.jwt.verify.publickey", new String(in.readAllBytes(), StandardCharsets.US_ASCII),
          "mp.jwt.verify.issuer", DEMO_ISSUER,
          "mp.jwt.verify.audiences", DEMO_AUDIENCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return SOURCE_NAME;
  }

  @Override
  public int getOrdinal() {
    return 50;
  }
}

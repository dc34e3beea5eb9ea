package uk.svkit.sdk.implementation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds {@code svkit-sdk-java/<version> (Java/<v>; <os>)[ <applicationId>]}. */
public final class UserAgent {

  /** The SDK version, filled in by the build (resource filtering). */
  public static final String SDK_VERSION = readVersion();

  private UserAgent() {}

  public static String build(String applicationId) {
    String ua =
        "svkit-sdk-java/"
            + SDK_VERSION
            + " (Java/"
            + System.getProperty("java.version")
            + "; "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + ")";
    return applicationId == null ? ua : ua + " " + applicationId;
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("svkit-sdk.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("$")) {
          return v;
        }
      }
    } catch (IOException e) {
      // Fall through: an unknown version must not stop the client from working.
    }
    return "unknown";
  }
}

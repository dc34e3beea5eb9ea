package uk.svkit.it.support;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box tests: Arquillian deploys the WAR exactly as built (no test classes inside)
 * to a managed Liberty, and tests call it over HTTP from outside.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class SvkitServer {
  @ArquillianResource protected URL base;

  @Deployment(testable = false)
  public static WebArchive svkit() {
    File war = new File(System.getProperty("svkit.war", "../api/target/svkit-api.war"));
    return ShrinkWrap.create(ZipImporter.class, "svkit.war").importFrom(war).as(WebArchive.class);
  }

  /** The server root for SDK clients (the SDK appends /api/v1). */
  protected URI endpoint() {
    String root = base.toString();
    return URI.create(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
  }

  protected Http http() {
    return new Http(endpoint());
  }

  /** Server-level endpoints (/health, /openapi) live at the server root, outside the app. */
  protected Http server() {
    return new Http(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()));
  }

  /** A name no other test (or earlier run on the same database) uses. */
  protected static String unique(String prefix) {
    return prefix + " " + Long.toString(System.nanoTime(), 36);
  }

  /**
   * A unique Companies House identifier for test organisations: {@code GB-COH-Q?nnnnnn}, a letter
   * pair no real company number uses. The pair and the counter's start are drawn once per run and
   * the counter then only increases, so identifiers never repeat within a run (a random draw per
   * call collided once in a few hundred, and a clash is a 409 that fails an unrelated test) and
   * rarely repeat across runs on a kept database.
   */
  protected static String uniqueCompanyIdentifier() {
    long n = IDENTIFIERS.getAndIncrement();
    return String.format("GB-COH-Q%c%06d", RUN_LETTER, Math.floorMod(n, 1_000_000L));
  }

  private static final char RUN_LETTER =
      (char) ('A' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26));
  private static final java.util.concurrent.atomic.AtomicLong IDENTIFIERS =
      new java.util.concurrent.atomic.AtomicLong(
          java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
}

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

  /** A unique Companies House identifier (GB-COH-99xxxxxx) for test organisations. */
  protected static String uniqueCompanyIdentifier() {
    long n = Math.floorMod(System.nanoTime() ^ Thread.currentThread().getId() * 7919, 1_000_000L);
    return String.format("GB-COH-98%06d", n);
  }
}

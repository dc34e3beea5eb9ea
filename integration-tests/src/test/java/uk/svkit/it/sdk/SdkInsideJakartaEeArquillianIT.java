package uk.svkit.it.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.svkit.demo.MintDemoToken;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.models.Place;

/**
 * The SDK inside a Jakarta EE server, as a vendor's e-tendering module would run it: the test runs
 * in a second application on the same Liberty, with the SDK jar but without Jersey, so the server's
 * own JAX-RS client and JSON-B implementations carry the calls.
 */
@ExtendWith(ArquillianExtension.class)
class SdkInsideJakartaEeArquillianIT {
  private static final String SERVER_ROOT = "http://localhost:9080";

  @Deployment(name = "svkit", order = 1, testable = false)
  static WebArchive svkit() {
    File war = new File(System.getProperty("svkit.war", "../api/target/svkit-api.war"));
    return ShrinkWrap.create(ZipImporter.class, "svkit.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "vendor", order = 2)
  static WebArchive vendorApplication() throws Exception {
    File sdk = new File(System.getProperty("svkit.sdk.jar"));
    assertTrue(sdk.isFile(), "SDK jar " + sdk);
    return ShrinkWrap.create(WebArchive.class, "vendor.war")
        .addAsLibraries(sdk)
        .addClasses(SdkInsideJakartaEeArquillianIT.class, MintDemoToken.class)
        .addAsResource(new File(System.getProperty("svkit.demo.key")), "demo-jwt-private.pem");
  }

  private static String token(String org, String role) throws Exception {
    Path key = Files.createTempFile("demo-key", ".pem");
    try (InputStream in =
        SdkInsideJakartaEeArquillianIT.class
            .getClassLoader()
            .getResourceAsStream("demo-jwt-private.pem")) {
      Files.write(key, in.readAllBytes());
    }
    return MintDemoToken.mint(key, "vendor-module", org, List.of(role), Duration.ofMinutes(10));
  }

  @Test
  @OperateOnDeployment("vendor")
  void sdkWorksOnTheServersOwnJaxRsAndJsonBImplementations() throws Exception {
    assertFalse(
        isPresent("org.glassfish.jersey.client.JerseyClientBuilder"),
        "Jersey must not be on this application's classpath");

    try (SvkitClient client =
        SvkitClient.builder()
            .endpoint(SERVER_ROOT + "/svkit")
            .credential(token("GB-LAE-WRL", "buyer"))
            .applicationId("vendor-module")
            .build()) {
      assertEquals("GB-LAE-WRL", client.organisations().getMyOrganisation().getIdentifier());
      assertEquals(9, client.places().listPlaces().stream().map(Place::getCode).count());
      assertThrows(
          NotFoundException.class,
          () -> client.organisations().getOrganisation("00000000-0000-4000-8000-00000000beef"));
    }
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, SdkInsideJakartaEeArquillianIT.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}

package uk.svkit.api.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.junit.jupiter.api.Test;
import uk.svkit.api.SvkitApplication;
import uk.svkit.api.platform.idempotency.Idempotent;

/**
 * The OpenAPI document declares {@code Idempotency-Key} where the operation carries the {@code
 * x-svkit-idempotent} mark; the server honours it where the method is {@code @Idempotent}. This
 * keeps the two in step over every compiled resource method.
 */
class IdempotentMarkTest {
  @Test
  void everyIdempotentMethodIsMarkedForTheDocumentAndNoOtherIs() throws Exception {
    List<String> unmarked = new ArrayList<>();
    List<String> markedOnly = new ArrayList<>();
    int idempotent = 0;
    for (Class<?> type : compiledClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        boolean honours = method.isAnnotationPresent(Idempotent.class);
        boolean marked = false;
        for (Extension extension : method.getAnnotationsByType(Extension.class)) {
          marked |= HttpConventions.IDEMPOTENT_EXTENSION.equals(extension.name());
        }
        if (honours) {
          idempotent++;
        }
        if (honours && !marked) {
          unmarked.add(type.getSimpleName() + "." + method.getName());
        }
        if (marked && !honours) {
          markedOnly.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertTrue(idempotent > 20, "found only " + idempotent + " @Idempotent methods");
    assertEquals(List.of(), unmarked, "@Idempotent without the x-svkit-idempotent extension");
    assertEquals(List.of(), markedOnly, "x-svkit-idempotent on a method that is not @Idempotent");
  }

  private static List<Class<?>> compiledClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(SvkitApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (name.endsWith("package-info")) {
          continue;
        }
        try {
          classes.add(Class.forName(name, false, IdempotentMarkTest.class.getClassLoader()));
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
          // a class whose dependencies are not on the test class path declares no resource method
        }
      }
    }
    return classes;
  }
}

package uk.svkit.api.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Yasson applies StrictJson's deserializers to boxed types only: a primitive field in a request
 * body would silently take 75.9 as 75 again. Every type a resource method reads as its body, and
 * every svkit type inside it, must therefore declare Integer, Boolean and so on.
 */
class RequestBodiesTest {
  private static final List<Class<? extends Annotation>> NOT_BODY =
      List.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          FormParam.class,
          MatrixParam.class,
          CookieParam.class,
          BeanParam.class,
          Context.class);

  @Test
  void requestBodiesDeclareNoPrimitiveFields() throws Exception {
    Path classes = Path.of("target/classes");
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = classes.relativize(file).toString();
        if (name.endsWith("Resource.class") && !name.contains("$")) {
          resources.add(Class.forName(name.replace('/', '.').replace(".class", "")));
        }
      }
    }
    assertTrue(resources.size() > 10, "resources found: " + resources.size());
    Set<Class<?>> seen = new HashSet<>();
    List<String> primitives = new ArrayList<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        if (!method.isAnnotationPresent(POST.class)
            && !method.isAnnotationPresent(PUT.class)
            && !method.isAnnotationPresent(PATCH.class)) {
          continue;
        }
        for (int i = 0; i < method.getParameterCount(); i++) {
          if (Stream.of(method.getParameterAnnotations()[i])
              .noneMatch(a -> NOT_BODY.contains(a.annotationType()))) {
            collect(method.getGenericParameterTypes()[i], seen, primitives);
          }
        }
      }
    }
    assertTrue(seen.size() > 20, "request body types found: " + seen.size());
    assertEquals(List.of(), primitives);
  }

  private static void collect(Type type, Set<Class<?>> seen, List<String> primitives)
      throws IOException {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, seen, primitives);
      }
      return;
    }
    if (!(type instanceof Class<?> c)
        || !c.getName().startsWith("uk.svkit.")
        || c.isEnum()
        || !seen.add(c)) {
      return;
    }
    for (Field field : c.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
        continue;
      }
      if (field.getType().isPrimitive()) {
        primitives.add(c.getName() + "." + field.getName());
      }
      collect(field.getGenericType(), seen, primitives);
    }
  }
}

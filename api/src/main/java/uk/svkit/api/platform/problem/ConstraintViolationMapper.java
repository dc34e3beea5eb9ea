package uk.svkit.api.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.svkit.api.platform.input.StrictParamConverters;

/**
 * Bean Validation failures as a 400 with one entry per invalid field, named as the client knows it:
 * the JSON property path of the body ({@code identifiers[1]}) or the query parameter name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      errors.add(new Problem.FieldError(fieldName(violation), violation.getMessage()));
    }
    errors.sort(
        Comparator.comparing((Problem.FieldError e) -> e.field).thenComparing(e -> e.message));
    return Problems.response(
        ProblemType.VALIDATION_FAILED, "The request has invalid fields.", errors, Map.of());
  }

  /**
   * As {@link #fieldName(Path)}, but a resource method's parameter is named as the client sends it
   * ({@code @QueryParam("supplierOrganisationId")}), not by its Java name.
   */
  static String fieldName(ConstraintViolation<?> violation) {
    String name = fieldName(violation.getPropertyPath());
    String method = null;
    Class<?>[] types = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        method = node.getName();
        types = node.as(Path.MethodNode.class).getParameterTypes().toArray(Class<?>[]::new);
      } else if (node.getKind() == ElementKind.PARAMETER
          && method != null
          && violation.getRootBeanClass() != null) {
        String wire =
            wireName(
                violation.getRootBeanClass(),
                method,
                types,
                node.as(Path.ParameterNode.class).getParameterIndex());
        if (wire != null && name.startsWith(node.getName())) {
          return wire + name.substring(node.getName().length());
        } else if (wire != null && name.startsWith("[")) {
          return wire + name; // an element of a list parameter
        }
      }
    }
    String beanParam = beanParamName(violation.getLeafBean(), name);
    return beanParam != null ? beanParam : name;
  }

  /**
   * A field of a {@code @BeanParam} bean ({@code @QueryParam("end_time") String endTime}) named as
   * the client sends it; {@code null} for anything else, such as a JSON body's property.
   */
  private static String beanParamName(Object leaf, String property) {
    if (leaf == null || property.indexOf('.') >= 0 || property.indexOf('[') >= 0) {
      return null;
    }
    for (Class<?> c = leaf.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return StrictParamConverters.parameterName(c.getDeclaredField(property).getAnnotations());
      } catch (NoSuchFieldException e) {
        // declared further up, or not a field
      }
    }
    return null;
  }

  private static String wireName(Class<?> type, String method, Class<?>[] types, int index) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return StrictParamConverters.parameterName(
            c.getDeclaredMethod(method, types).getParameterAnnotations()[index]);
      } catch (NoSuchMethodException | ArrayIndexOutOfBoundsException e) {
        // a proxy subclass, or the method is declared further up
      }
    }
    return null;
  }

  /** The client's name for the invalid input: a JSON property path or a parameter name. */
  public static String fieldName(Path path) {
    String parameter = null;
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      // A node inside a list or map carries the index (or key) of its place there, which belongs
      // to the container before it: values[0].measureCode, identifiers[1].
      boolean containerElement = kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null;
      if (node.isInIterable() || containerElement) {
        if (node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          field.append('[').append(node.getKey()).append(']');
        }
      }
      if (containerElement) {
        continue; // List<@NotBlank String>: the element is named by its index alone
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter == null ? "request" : parameter;
  }
}

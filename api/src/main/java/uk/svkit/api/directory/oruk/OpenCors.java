package uk.svkit.api.directory.oruk;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The UK profile's compliance rules ask public ORUK reads to be readable from any web page: they
 * answer with {@code Access-Control-Allow-Origin: *}. Only the public reads are bound; the
 * signed-in dataset and every other svkit resource keep the browser's same-origin rule.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OpenCors {
  /** Adds the header to the bound resources' responses, problems included. */
  @Provider
  @OpenCors
  class Filter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
    }
  }
}

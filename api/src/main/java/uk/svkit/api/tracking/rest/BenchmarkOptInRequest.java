package uk.svkit.api.tracking.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenchmarkOptIn")
public class BenchmarkOptInRequest {
  @NotNull public Boolean optIn;
}

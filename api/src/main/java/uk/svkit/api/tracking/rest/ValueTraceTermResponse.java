package uk.svkit.api.tracking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.framework.rest.ValuationTermResponse;

@Schema(name = "ValueTraceTerm")
public class ValueTraceTermResponse extends ValuationTermResponse {
  public String commitmentId;
  public String proxySetId;
  public String proxySetName;
  public String proxySource;
}

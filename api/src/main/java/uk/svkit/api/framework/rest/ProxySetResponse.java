package uk.svkit.api.framework.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProxySet")
public class ProxySetResponse {
  public String id;
  public String frameworkCode;
  public String edition;
  public String name;
  public String currency;
  public int priceYear;
  public String source;
  public String licenceNote;

  @Schema(description = "True for the bundled demo set: not for reporting")
  public boolean illustrative;

  @Schema(description = "Absent for sets shipped with svkit")
  public String ownerOrganisationId;

  public List<ProxyValueRequest> values;
  public OffsetDateTime createdAt;
}

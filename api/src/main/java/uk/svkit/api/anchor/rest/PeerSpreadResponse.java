package uk.svkit.api.anchor.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeerSpread")
public class PeerSpreadResponse {
  @Schema(description = "How many other organisations have a figure (the caller never counts)")
  public int peers;

  @Schema(description = "Absent while fewer than minPeers peers have a figure")
  public BigDecimal median;

  public BigDecimal p25;
  public BigDecimal p75;
}

package uk.svkit.api.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BaseLocation")
public class BaseLocationResponse {
  public String postcode;
  public String placeCode;
  public double latitude;
  public double longitude;
}

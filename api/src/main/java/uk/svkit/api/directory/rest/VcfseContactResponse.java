package uk.svkit.api.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VcfseContact")
public class VcfseContactResponse {
  public String name;
  public String role;
  public String email;
  public String phone;
}

package uk.svkit.api.directory.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VcfseContactInput")
public class VcfseContactRequest {
  @NotBlank
  @Size(max = 200)
  public String name;

  @Size(max = 200)
  public String role;

  @Email
  @Size(max = 320)
  public String email;

  @Size(max = 40)
  @Pattern(regexp = "[0-9 +()-]*", message = "must be a telephone number")
  public String phone;
}

package uk.svkit.api.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DirectoryTheme")
public class ThemeResponse {
  public String code;
  public String label;
}

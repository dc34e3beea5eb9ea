package uk.svkit.sdk.implementation;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * Open Referral UK's page envelope: numbered pages, {@code contents} and whether it is the last.
 */
public final class OrukPageBody<T> {

  public List<T> contents;

  @JsonbProperty("page_number")
  public Integer pageNumber;

  @JsonbProperty("last_page")
  public Boolean lastPage;

  public OrukPageBody() {}
}

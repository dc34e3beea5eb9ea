package uk.svkit.api.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A named contact at a VCFSE. Personal data: only authenticated callers are shown contacts. */
@Embeddable
public class Contact {
  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Column(name = "job_role", length = 200)
  private String role;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "phone", length = 40)
  private String phone;

  protected Contact() {}

  public Contact(int position, String name, String role, String email, String phone) {
    this.position = position;
    this.name = Objects.requireNonNull(name, "A contact needs a name.");
    this.role = role;
    this.email = email;
    this.phone = phone;
  }

  public int position() {
    return position;
  }

  public String name() {
    return name;
  }

  public String role() {
    return role;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact c
        && position == c.position
        && name.equals(c.name)
        && Objects.equals(role, c.role)
        && Objects.equals(email, c.email)
        && Objects.equals(phone, c.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, name, role, email, phone);
  }
}

package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The theme taxonomy; shipped by migration and read-only here. */
@ApplicationScoped
public class Themes {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  public List<Theme> all() {
    return em.createQuery("select t from Theme t order by t.position, t.code", Theme.class).getResultList();
  }

  public Map<String, Theme> byCode() {
    return all().stream().collect(Collectors.toMap(Theme::code, Function.identity()));
  }
}

package uk.svkit.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitReference;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.svkit.api.platform.persistence.Repository;

/**
 * The rules of docs/architecture.md, checked on every build: the contexts' arrows point one way
 * (down the table there), and within a context the domain knows nothing of HTTP or JDBC while
 * resources reach data only through application services.
 */
@AnalyzeClasses(packages = "uk.svkit.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String API = "uk.svkit.api.";

  /** Top-down: a context may use those above it (where the rules below allow). */
  private static final List<String> CONTEXTS =
      List.of(
          "platform",
          "geography",
          "organisation",
          "framework",
          "procurement",
          "recognition",
          "directory",
          "tracking",
          "anchor");

  @ArchTest
  static final ArchRule contextsHaveNoCycles =
      SlicesRuleDefinition.slices().matching("uk.svkit.api.(*)..").should().beFreeOfCycles();

  @ArchTest static final ArchRule platformServesEveryContextAndKnowsNone = onlyUses("platform");

  @ArchTest
  static final ArchRule organisationUsesOnlyThePlatform = onlyUses("organisation", "platform");

  @ArchTest
  static final ArchRule frameworkUsesOrganisationsAndThePlatform =
      onlyUses("framework", "platform", "organisation");

  @ArchTest
  static final ArchRule procurementBuildsOnFrameworks =
      onlyUses("procurement", "platform", "organisation", "framework", "geography");

  @ArchTest
  static final ArchRule recognitionUsesOrganisationsAndValuesPartnerships =
      onlyUses("recognition", "platform", "organisation", "framework", "geography");

  @ArchTest
  static final ArchRule directoryUsesOrganisationsFrameworksAndPlaces =
      onlyUses("directory", "platform", "organisation", "framework", "geography");

  @ArchTest
  static final ArchRule trackingHearsProcurementAndTheDirectory =
      onlyUses(
          "tracking",
          "platform",
          "organisation",
          "framework",
          "procurement",
          "directory",
          "geography");

  @ArchTest
  static final ArchRule anchorsReadProgrammesAndReuseTrackingRules =
      onlyUses(
          "anchor",
          "platform",
          "organisation",
          "recognition",
          "tracking",
          "directory",
          "geography");

  @ArchTest
  static final ArchRule domainKnowsNoHttpNorJdbc =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "java.sql..", "javax.sql..", "..rest..")
          .because("the domain is the model; HTTP and SQL belong to rest and infrastructure");

  @ArchTest
  static final ArchRule applicationServicesDoNotKnowTheirResources =
      noClasses()
          .that()
          .resideInAPackage("..application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..rest..");

  @ArchTest
  static final ArchRule resourcesReachDataOnlyThroughApplicationServices =
      noClasses()
          .that()
          .resideInAPackage(API + "(*).rest..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Repository.class)
          .orShould()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .orShould()
          .dependOnClassesThat()
          .haveNameMatching(".*Repository\\$.*")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("javax.sql.DataSource")
          .because("resources validate, map and call one application service");

  /**
   * A resource operation makes one call to an application service (or another bean of a context)
   * and maps what it returns: the service returns a view carrying everything the response needs,
   * read in its own transaction, so no resource calls back into a service to finish a response.
   * Calls are followed through the resource's own methods, method references and lambdas.
   */
  @ArchTest
  static final ArchRule resourceOperationsCallOneService =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(API + "(*).rest..")
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Resource")
          .and()
          .arePublic()
          .should(callAtMostOneService())
          .because("a service answers with a view; the resource only maps it (architecture.md)");

  /**
   * Resources hold no request state (the request's UriInfo and HttpHeaders are injected as
   * proxies), so one instance serves every request: a request-scoped or dependent resource was
   * created and injected on every call, a sixth of the cost of a trivial authenticated read
   * (bench/spine.sh).
   */
  @ArchTest
  static final ArchRule resourcesAreApplicationScoped =
      classes()
          .that()
          .areAnnotatedWith(jakarta.ws.rs.Path.class)
          .should()
          .beAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
          .because("a resource is stateless; creating one per request costs every call");

  /**
   * A DTO is a top-level {@code *Request} or {@code *Response} named after the schema it is
   * published as (style.md), not a class nested in a holder or a resource. The published page
   * schemas are named after their item's class (PageAssessment, PageModification,
   * PageSupplierDashboardContract), so those three item classes keep their names.
   */
  @ArchTest
  static final ArchRule dtosAreTopLevelRequestsAndResponses =
      classes()
          .that()
          .resideInAPackage(API + "(*).rest..")
          .and()
          .areAnnotatedWith(Schema.class)
          .should()
          .beTopLevelClasses()
          .andShould()
          .haveNameMatching(
              ".*(Request|Response)|.*tracking\\.rest\\.(Assessment|Modification|SupplierDashboardContract)")
          .because("the class a reader looks for is the schema name plus Request or Response");

  /**
   * Other contexts see an organisation as an {@code OrganisationRef}, a read-only copy: a managed
   * entity changed from another context would be saved without its audit event.
   */
  @ArchTest
  static final ArchRule otherContextsSeeOrganisationsOnlyThroughReferences =
      noClasses()
          .that()
          .resideOutsideOfPackage(API + "organisation..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(API + "organisation.domain.Organisation")
          .because("changes to an organisation go through OrganisationService, which audits them");

  private static ArchCondition<JavaMethod> callAtMostOneService() {
    return new ArchCondition<>("call at most one service operation, helpers included") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        List<String> calls = new ArrayList<>();
        collectServiceCalls(method, new HashSet<>(), calls);
        if (calls.size() > 1) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " calls " + String.join(", ", calls)));
        }
      }
    };
  }

  /** The service calls {@code code} makes, directly or through its own class's methods. */
  private static void collectServiceCalls(
      JavaCodeUnit code, Set<JavaCodeUnit> seen, List<String> calls) {
    if (!seen.add(code)) {
      return;
    }
    List<AccessTarget.CodeUnitAccessTarget> targets = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (JavaCall<?> call : code.getCallsFromSelf()) {
      targets.add(call.getTarget());
      lines.add(call.getLineNumber());
    }
    for (JavaCodeUnitReference<?> reference : code.getCodeUnitReferencesFromSelf()) {
      targets.add(reference.getTarget());
      lines.add(reference.getLineNumber());
    }
    for (int i = 0; i < targets.size(); i++) {
      AccessTarget.CodeUnitAccessTarget target = targets.get(i);
      JavaClass owner = target.getOwner();
      Optional<? extends JavaCodeUnit> member = target.resolveMember();
      if (owner.equals(code.getOwner())) {
        member.ifPresent(own -> collectServiceCalls(own, seen, calls));
      } else if (isService(owner)
          && member.map(m -> !m.getModifiers().contains(JavaModifier.STATIC)).orElse(true)) {
        // A static helper of a service's class (a cursor, a CSV writer) is no call into it.
        calls.add(owner.getSimpleName() + "." + target.getName() + " (line " + lines.get(i) + ")");
      }
    }
  }

  /** A bean of a context (not the platform's helpers): an application service, a read model. */
  private static boolean isService(JavaClass type) {
    return type.getPackageName().startsWith(API)
        && !type.getPackageName().startsWith(API + "platform")
        && !type.getPackageName().contains(".rest")
        && type.isAnnotatedWith(ApplicationScoped.class);
  }

  /** Classes of {@code context} depend on no svkit context but itself and {@code allowed}. */
  private static ArchRule onlyUses(String context, String... allowed) {
    List<String> forbidden = new ArrayList<>();
    for (String other : CONTEXTS) {
      if (!other.equals(context) && !List.of(allowed).contains(other)) {
        forbidden.add(API + other + "..");
      }
    }
    return noClasses()
        .that()
        .resideInAPackage(API + context + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.toArray(String[]::new))
        .allowEmptyShould(true);
  }
}

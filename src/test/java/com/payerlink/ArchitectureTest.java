package com.payerlink;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/** The package rules of DESIGN.md. */
@AnalyzeClasses(packages = "com.payerlink", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothing_depends_on_views = noClasses().that()
        .resideOutsideOfPackage("..ui..")
        .and().doNotHaveFullyQualifiedName(Application.class.getName())
        .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule only_views_and_core_touch_vaadin = noClasses().that()
        .resideOutsideOfPackages("..ui..", "com.payerlink.core..")
        .and().doNotHaveFullyQualifiedName(Application.class.getName())
        .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule views_reach_data_only_through_services = noClasses().that()
        .resideInAPackage("..ui..")
        .should().dependOnClassesThat().resideInAnyPackage("com.payerlink.db..", "org.jooq..")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("DAO");

    @ArchTest
    static final ArchRule daos_stay_inside_their_feature = classes().that()
        .haveSimpleNameEndingWith("DAO")
        .should().notBePublic()
        .andShould().resideInAPackage("..domain..");

    // The generated jOOQ classes hold the account's value types (forced types): they picture the schema and are no
    // feature, so a path through them closes no cycle between features.
    @ArchTest
    static final ArchRule features_do_not_form_cycles = SlicesRuleDefinition.slices()
        .matching("com.payerlink.(*)..")
        .should().beFreeOfCycles()
        .ignoreDependency(resideInAPackage("com.payerlink.db.."), DescribedPredicate.alwaysTrue());

    // what the cycle rule ignores stays small: besides jOOQ, the generated classes know only the account's values
    @ArchTest
    static final ArchRule generated_schema_knows_only_value_types = classes().that()
        .resideInAPackage("com.payerlink.db..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("com.payerlink.db..", "com.payerlink.account.domain",
                "org.jooq..", "java..");

    // several portal nodes share one database: a periodic job is a db-scheduler recurring task, picked by one node per
    // round, never @Scheduled, which would run on every node (README "Operations")
    @ArchTest
    static final ArchRule periodic_jobs_run_once_per_cluster = noMethods()
        .should().beAnnotatedWith("org.springframework.scheduling.annotation.Scheduled");

}

package com.payerlink.account.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.tenant.domain.DemoTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static com.payerlink.account.domain.AccountState.AWAITING_SUPPORT;
import static com.payerlink.account.domain.AccountState.AWAITING_VERIFICATION;
import static com.payerlink.account.domain.AccountState.DISCONNECTED;
import static com.payerlink.account.domain.AccountState.PROCESSING;
import static com.payerlink.account.domain.AccountState.READY;
import static com.payerlink.account.domain.AccountState.VERIFICATION_FAILED;
import static com.payerlink.account.domain.AccountState.VERIFYING;
import static com.payerlink.account.domain.ConnectionMethod.DIRECT_MANAGEMENT;
import static com.payerlink.account.domain.ConnectionMethod.MSP_LIMITED;
import static com.payerlink.account.domain.ConnectionMethod.MSP_MULTIPLE;
import static com.payerlink.account.domain.ConnectionMethod.MSP_SINGLE;
import static com.payerlink.account.domain.DemoAccount.demo;
import static com.payerlink.account.domain.Partition.AWS;
import static com.payerlink.account.domain.Partition.AWS_CN;

/**
 * Demo profile only: customer accounts for the demo MSPs of {@code TenantDemoData}, at every wizard step and in every
 * state. The wizard part goes through {@link AccountService}, so the values are checked and the history is written as
 * an operator's would be; the states after registration, which only the verification jobs reach, go one by one
 * through {@link AccountStateService#move}, so the demo walks only the paths {@link AccountStateTransitions} allows.
 */
@Component
@Profile("demo")
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

    private final AccountService accountService;

    private final AccountStateService accountStates;

    private final DemoTenants demoTenants;

    @Override
    public void run(ApplicationArguments args) {
        seed(DemoTenants.NORTHWIND, northwind());
        seed(DemoTenants.CONTOSO, contoso());
    }

    private void seed(String tenantName, List<DemoAccount> demos) {
        // one transaction per tenant: a start that fails half-way leaves no half-seeded tenant behind
        demoTenants.inTenant(tenantName, () -> {
            if (accountService.count(AccountQuery.all()) > 0) {
                return;
            }
            demos.forEach(this::add);
            log.info("Demo data: {} customer accounts for {}", demos.size(), tenantName);
        });
    }

    private void add(DemoAccount d) {
        CustomerAccount a = accountService.create(d.partition(), new AccountDetails(d.accountId(), d.name(), d.method(), d.contacts()));
        if (d.step() >= 2) {
            a = accountService.savePartition(a.id(), a.version(), d.partition());
        }
        if (d.step() >= 3) {
            a = accountService.saveDetails(a.id(), a.version(), new AccountDetails(d.accountId(), d.name(), d.method(), d.contacts()));
        }
        if (d.step() >= 4) {
            a = accountService.confirmBillingAccess(a.id(), a.version(), true);
        }
        if (d.step() >= 5) {
            a = accountService.saveCurSettings(a.id(), a.version(), d.curSettings());
        }
        if (d.step() >= 6) {
            a = accountService.confirmStackCreated(a.id(), a.version());
        }
        if (d.roleArnSaved()) {
            a = accountService.saveRoleArns(a.id(), a.version(), d.roleArn());
        }
        if (d.state() == null) {
            return;
        }
        accountService.register(a.id(), a.version());
        AccountState from = AWAITING_VERIFICATION;
        for (AccountState to : pathTo(d.state(), d.method())) {
            accountStates.move(a.id(), to, reason(from, to));
            from = to;
        }
    }

    /** The states an account passes through after registration on its way to the target state. */
    private static List<AccountState> pathTo(AccountState target, ConnectionMethod method) {
        List<AccountState> path = new ArrayList<>();
        if (target == AWAITING_VERIFICATION) {
            return path;
        }
        path.add(VERIFYING);
        switch (target) {
            case VERIFYING -> {
            }
            case VERIFICATION_FAILED, AWAITING_SUPPORT -> path.add(target);
            default -> {
                if (method == MSP_MULTIPLE) {
                    path.add(AWAITING_SUPPORT);
                }
                path.add(PROCESSING);
                if (target == READY || target == DISCONNECTED) {
                    path.add(READY);
                }
                if (target == DISCONNECTED) {
                    path.add(DISCONNECTED);
                }
            }
        }
        return path;
    }

    private static String reason(AccountState from, AccountState to) {
        if (from == AWAITING_SUPPORT && to == PROCESSING) {
            return "the support ticket is resolved; initial data processing takes up to 72 hours";
        }
        return switch (to) {
            case VERIFYING -> "checking the role, the report definition and the CUR bucket against AWS";
            case VERIFICATION_FAILED -> "AssumeRole was denied (AccessDenied); check that the stack's ExternalId"
                    + " parameter is this account's ExternalId";
            case AWAITING_SUPPORT -> "connection verified; waiting for the support ticket that lists the customer"
                    + " accounts to be resolved";
            case PROCESSING -> "connection verified; initial data processing takes up to 72 hours";
            case READY -> "the cost dashboards are ready";
            case DISCONNECTED -> "the role can no longer be assumed; the Payerlink stack was deleted";
            default -> to.label();
        };
    }

    // About 40 accounts: every state, every wizard step, every connection method, five in AWS China.
    private static List<DemoAccount> northwind() {
        return List.of(
                // DRAFT: created, still at step 1
                demo("Café Lumière GmbH", "012345678901", AWS, MSP_SINGLE, "finanzen@cafe-lumiere.example").atStep(1),
                demo("Sunrise Bakery Co-op", "004455667788", AWS, MSP_LIMITED, "").atStep(1),
                demo("北京星辰科技有限公司", "210987654321", AWS_CN, MSP_SINGLE, "it@xingchen-tech.example").atStep(1),
                demo("Pinecrest Academy", "398120476655", AWS, MSP_SINGLE, "bursar@pinecrest.example").atStep(1),
                // IN_PROGRESS, steps 2 to 6
                demo("Müller Logistik AG", "000123456789", AWS, MSP_MULTIPLE, "it@mueller-logistik.example").atStep(2),
                demo("Wren & Finch Architects", "574839201746", AWS, MSP_LIMITED, "office@wrenfinch.example").atStep(2),
                demo("Łódź Software Sp. z o.o.", "661203948571", AWS, MSP_SINGLE, "devops@lodz-software.example").atStep(3),
                demo("Tidewater Energy Corp.", "808172635490", AWS, DIRECT_MANAGEMENT, "cloud@tidewater.example").atStep(3),
                demo("Smørrebrød & Co. ApS", "045678912345", AWS, MSP_LIMITED, "regnskab@smorrebrod.example").atStep(4),
                demo("Kestrel Robotics Ltd", "732019485566", AWS, MSP_MULTIPLE, "ops@kestrel-robotics.example").atStep(4),
                demo("上海明珠物流有限公司", "310456789012", AWS_CN, MSP_MULTIPLE, "cloud@mingzhu-logistics.example").atStep(5),
                demo("Harbor Lights Hospitality", "529384756102", AWS, MSP_SINGLE, "finance@harborlights.example").atStep(5),
                demo("Zürich Präzisionstechnik AG", "076543210987", AWS, DIRECT_MANAGEMENT,
                        "buchhaltung@zuerich-praezision.example, cto@zuerich-praezision.example").atStep(5),
                demo("Copperfield Manufacturing", "843920175634", AWS, MSP_SINGLE, "it@copperfield.example").atStep(6),
                demo("Quantum Leaf Biotech", "194857302615", AWS, MSP_LIMITED, "admin@quantumleaf.example").withRoleArn(),
                demo("Délices de Provence SARL", "006789012345", AWS, MSP_SINGLE, "compta@delices-provence.example")
                        .withRoleArn(),
                // registered, awaiting verification
                demo("Blue Harbor Analytics Inc.", "384756192034", AWS, DIRECT_MANAGEMENT,
                        "cloudops@blueharbor.example").reached(AWAITING_VERIFICATION),
                demo("深圳翡翠电子有限公司", "420135792468", AWS_CN, MSP_SINGLE, "finance@feicui-elec.example")
                        .reached(AWAITING_VERIFICATION),
                demo("Orchid Bay Resorts", "657483920176", AWS, MSP_MULTIPLE, "it@orchidbay.example")
                        .reached(AWAITING_VERIFICATION),
                demo("Lakeside Dental Partners", "019283746501", AWS, MSP_LIMITED, "practice@lakeside-dental.example")
                        .reached(AWAITING_VERIFICATION),
                // verifying
                demo("Summit Peak Insurance", "746352819023", AWS, MSP_SINGLE, "finops@summitpeak.example").reached(VERIFYING),
                demo("Nordlicht Energie GmbH", "283746510294", AWS, DIRECT_MANAGEMENT, "it@nordlicht-energie.example")
                        .reached(VERIFYING),
                demo("Ironclad Security Ltd", "918273645510", AWS, MSP_MULTIPLE, "billing@ironclad.example").reached(VERIFYING),
                // verification failed
                demo("Vantage Point Retail", "564738291045", AWS, MSP_SINGLE, "cloud@vantagepoint.example")
                        .reached(VERIFICATION_FAILED),
                demo("宁夏云农业科技有限公司", "530864197253", AWS_CN, MSP_LIMITED, "ops@yunnongye.example")
                        .reached(VERIFICATION_FAILED),
                demo("Granite State Credit Union", "002938475610", AWS, DIRECT_MANAGEMENT, "infra@granitecu.example")
                        .reached(VERIFICATION_FAILED),
                // awaiting support: MSP accounts read through one connection wait for their ticket
                demo("Silverline Logistics", "675849302187", AWS, MSP_MULTIPLE, "it@silverline.example")
                        .reached(AWAITING_SUPPORT),
                demo("Øresund Shipping ApS", "047362918450", AWS, MSP_MULTIPLE, "cloud@oresund-shipping.example")
                        .reached(AWAITING_SUPPORT),
                demo("Brightline Media Group", "829104736582", AWS, MSP_MULTIPLE, "ops@brightline.example")
                        .reached(AWAITING_SUPPORT),
                // processing
                demo("Redwood Data Labs", "361728495013", AWS, MSP_SINGLE, "finance@redwoodlabs.example").reached(PROCESSING),
                demo("São Paulo Têxtil Ltda.", "503948271650", AWS, DIRECT_MANAGEMENT, "ti@sptextil.example")
                        .reached(PROCESSING),
                demo("Maplewood Foods Distribution", "748392016475", AWS, MSP_MULTIPLE, "it@maplewoodfoods.example")
                        .reached(PROCESSING),
                // ready
                demo("Acme Widgets Ltd", "123456789012", AWS, MSP_SINGLE, "accounts@acme-widgets.example").reached(READY),
                demo("Hôtel Belle Époque SAS", "008877665544", AWS, MSP_LIMITED, "direction@belle-epoque.example")
                        .reached(READY),
                demo("Cedar Ridge Health LLC", "274619385027", AWS, DIRECT_MANAGEMENT,
                        "cloud@cedarridge.example, cfo@cedarridge.example").reached(READY),
                demo("杭州莲花电子商务有限公司", "640275318964", AWS_CN, MSP_SINGLE, "finance@lianhua-ecom.example")
                        .reached(READY),
                demo("Fjällbacka Outdoor AB", "092837465019", AWS, MSP_MULTIPLE, "ekonomi@fjallbacka-outdoor.example")
                        .reached(READY),
                demo("Ægir Maritime ehf.", "815263749021", AWS, MSP_SINGLE, "it@aegir-maritime.example").reached(READY),
                // disconnected
                demo("Østfold Kraft AS", "037465829104", AWS, MSP_SINGLE, "drift@ostfold-kraft.example").reached(DISCONNECTED),
                demo("Old Town Pharmacy", "946372810563", AWS, MSP_LIMITED, "owner@oldtownpharmacy.example")
                        .reached(DISCONNECTED));
    }

    private static List<DemoAccount> contoso() {
        return List.of(
                demo("Fabrikam Pharma", "058392017465", AWS, MSP_SINGLE, "cloud@fabrikam.example").atStep(1),
                demo("Tailspin Toys", "672810394857", AWS, MSP_LIMITED, "it@tailspin.example").atStep(4),
                demo("Woodgrove Finance", "184736259010", AWS, DIRECT_MANAGEMENT, "finops@woodgrove.example")
                        .reached(AWAITING_VERIFICATION),
                demo("Adventure Works Cycles", "009182736455", AWS, MSP_MULTIPLE, "ops@adventure-works.example")
                        .reached(PROCESSING),
                demo("Wide World Importers", "736251849302", AWS, MSP_SINGLE, "billing@wideworld.example").reached(READY));
    }

}

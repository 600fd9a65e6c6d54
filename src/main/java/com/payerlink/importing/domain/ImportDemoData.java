package com.payerlink.importing.domain;

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

import java.io.IOException;
import java.io.InputStream;

/** Demo profile only: Northwind MSP's import history starts with one small account list, applied like any upload. */
@Component
@Profile("demo")
@Order(30)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportDemoData.class);

    private static final String FILE = "demo-northwind-accounts.csv";

    private final ImportService importService;

    private final DemoTenants demoTenants;

    @Override
    public void run(ApplicationArguments args) throws IOException {
        byte[] bytes;
        try (InputStream in = ImportDemoData.class.getResourceAsStream(FILE)) {
            bytes = in.readAllBytes();
        }
        demoTenants.inTenant(DemoTenants.NORTHWIND, () -> {
            if (!importService.history().isEmpty()) {
                return;
            }
            ImportPreview preview = importService.preview(FILE, bytes, false);
            if (preview.canApply()) {
                AccountImport done = importService.apply(preview);
                log.info("Demo data: imported {} accounts into Northwind MSP from {}", done.created(), FILE);
            }
        });
    }

}

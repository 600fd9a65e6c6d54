package com.payerlink.importing.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import com.payerlink.tenant.domain.DemoData;
import com.payerlink.tenant.domain.DemoSeed;
import com.payerlink.tenant.domain.DemoTenants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Demo profile only: Northwind MSP's import history starts with one small account list, applied like any upload. */
@DemoData
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportDemoData implements DemoSeed {

    private static final String FILE = "demo-northwind-accounts.csv";

    private final ImportService importService;

    @Override
    public void seed(DemoTenants tenants) {
        byte[] bytes;
        try (InputStream in = ImportDemoData.class.getResourceAsStream(FILE)) {
            bytes = in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tenants.seedOnce(DemoTenants.NORTHWIND, () -> !importService.history().isEmpty(), () -> {
            ImportPreview preview = importService.preview(FILE, bytes, false);
            if (!preview.canApply()) {
                return null;
            }
            AccountImport done = importService.apply(preview);
            return "imported " + done.created() + " accounts into Northwind MSP from " + FILE;
        });
    }

    @Override
    public int getOrder() {
        return 30;
    }

}

package com.payerlink.payer.ui;

import com.payerlink.account.domain.LimitedExportTemplate;
import com.payerlink.payer.domain.LimitedSetup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * How the MSP creates a limited customer's CUR 2.0 export in its own payer: the agreed accounts, the export's SQL, and
 * the export as a CloudFormation template to download and deploy in the payer with the AWS CLI (or to paste into the
 * payer's stack). Shown on the limited account's page and in its wizard's step 5.
 */
class LimitedExportInstructions extends Div {

    final Paragraph agreed = new Paragraph();

    final Pre query = new Pre();

    final Pre template = new Pre();

    final Pre command = new Pre();

    LimitedExportInstructions(LimitedSetup setup) {
        addClassName("limited-export");
        setWidthFull();
        var d = setup.definition();
        var payer = setup.payer();
        if (d == null || payer == null) {
            add(new Paragraph(setup.problem()));
            return;
        }
        agreed.setText("Agreed accounts: " + String.join(", ", d.agreedAccounts()));
        agreed.setId("agreed-accounts");
        query.setText(d.queryStatement());
        query.setId("export-query");
        query.addClassName("template-yaml");
        String yaml = d.cloudFormationYaml();
        template.setText(yaml);
        template.setId("export-template");
        template.addClassName("template-yaml");
        String file = d.name() + ".yaml";
        command.setText("aws cloudformation deploy --region " + LimitedExportTemplate.REGION + " --stack-name "
                + d.name() + " --template-file " + file);
        command.setId("export-command");
        command.addClassName("template-yaml");
        Anchor download = new Anchor(new StreamResource(file,
                () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))),
                "Download the export's template (" + file + ")");
        download.getElement().setAttribute("download", true);
        download.setId("export-download");
        // a details summary does not wrap: short enough for a phone
        Details asTemplate = new Details("CloudFormation template for your payer", new Paragraph("An"
                + " AWS::BCMDataExports::Export stack in payer " + payer.name() + " (" + payer.accountId().value()
                + "), in " + LimitedExportTemplate.REGION + ": with the AWS CLI signed in to that account,"), command,
                download, template);
        asTemplate.setOpened(true);
        asTemplate.setWidthFull();
        add(agreed, new Paragraph("The export's query (hourly, resource IDs, Parquet, delivered to " + d.bucket() + "/"
                + d.prefix() + "):"), query, asTemplate);
    }

}

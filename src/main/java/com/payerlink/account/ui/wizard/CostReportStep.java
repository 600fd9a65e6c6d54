package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.AwsRegion;
import com.payerlink.account.domain.CurSettings;
import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.Product;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Step 4: the products the template grants, and the Cost and Usage Report it reads. */
public class CostReportStep extends StepPanel {

    public final CheckboxGroup<Product> products = new CheckboxGroup<>("Products the CloudFormation template grants");

    public final Checkbox createCur = new Checkbox("Let the CloudFormation template create the bucket and the report for me");

    public final TextField bucket = new TextField("S3 bucket of the report");

    public final TextField reportName = new TextField("Report name");

    public final TextField prefix = new TextField("Report path prefix");

    public final ComboBox<String> bucketRegion = new ComboBox<>("Bucket region");

    /** The one confirmation that the report has the settings listed above it. */
    public final Checkbox settingsConfirmed = new Checkbox("My report has these settings");

    private final Span checklistError = new Span();

    private final Anchor curConsole = new Anchor("", "Open Data Exports in the AWS console");

    private final Div manualSetup = new Div();

    private Partition partition = Partition.AWS;

    public CostReportStep() {
        super(WizardStep.COST_REPORT, null);
        products.setItems(Product.values());
        products.setItemLabelGenerator(p -> p.label() + " — " + p.description());
        products.setItemEnabledProvider(p -> !p.alwaysOn());
        products.addClassName("vertical");
        createCur.addValueChangeListener(e -> manualSetup.setVisible(!e.getValue()));
        curConsole.setTarget("_blank");
        bucket.setPlaceholder("my-cur-bucket");
        bucket.setHelperText("Under Delivery options on the report's page; leave empty if the template creates it");
        reportName.setPlaceholder("payerlink-hourly");
        prefix.setHelperText("The S3 path prefix of the report, if any (no spaces)");
        bucketRegion.setAllowCustomValue(true);
        bucketRegion.addCustomValueSetListener(e -> bucketRegion.setValue(e.getDetail()));
        bucketRegion.setHelperText("us-east-1 recommended; only regions whose opt-in status is \"Not required\"");
        checklistError.addClassName("field-error");
        checklistError.setVisible(false);

        FormLayout where = new FormLayout(bucket, reportName, prefix, bucketRegion);
        Div checklist = new Div(new H4("Set up the report in the AWS console"), consoleSteps(), curConsole,
                new H4("The report must have these settings"), requiredSettings(), settingsConfirmed, checklistError);
        checklist.addClassName("cur-checklist");
        Div note = new Div(new Span("Note: an administrator of your account or your organization may have restricted "
                + "your user's right to define the CUR. If you see errors stating that you cannot perform the "
                + "'putReportDefinition' operation, address this with your administrator."));
        note.addClassName("callout");
        manualSetup.add(checklist, note);
        input("products", products);
        input(createCur);
        input("bucket", bucket);
        input("reportName", reportName);
        input("prefix", prefix);
        input("bucketRegion", bucketRegion);
        input("settingsConfirmed", settingsConfirmed, checklistError);
        add(products, createCur, where, manualSetup);
    }

    public CurSettings value() {
        return CurSettings.typed(products.getValue(), createCur.getValue(), bucket.getValue(), reportName.getValue(),
                prefix.getValue(), bucketRegion.getValue(), settingsConfirmed.getValue());
    }

    // the console as it is today: Data Exports, with CUR 2.0 and the legacy CUR side by side
    private static OrderedList consoleSteps() {
        OrderedList steps = new OrderedList(
                new ListItem("In Billing and Cost Management, open Data Exports and choose Create."),
                new ListItem("Choose \"Standard data export\" with the table CUR 2.0, or \"Legacy CUR export\" if you"
                        + " already use the legacy Cost and Usage Report."),
                new ListItem("Deliver it to the S3 bucket and path prefix you enter here."));
        steps.addClassName("cur-console-steps");
        return steps;
    }

    private static UnorderedList requiredSettings() {
        UnorderedList settings = new UnorderedList(
                new ListItem("Time granularity: Hourly"),
                new ListItem("Include resource IDs"),
                new ListItem("Legacy CUR export only: automatically refresh the report, and report data integration"
                        + " for Amazon Athena (Parquet, overwrite the existing report)"),
                new ListItem("CUR 2.0: Parquet with \"Overwrite existing data export file\" is recommended"));
        settings.addClassName("cur-required-settings");
        return settings;
    }

    @Override
    public void fill(CustomerAccount account) {
        partition = account.partition();
        List<String> regions = AwsRegion.allowedForCurBucket(partition).stream().map(AwsRegion::value).toList();
        bucketRegion.setItems(regions);
        curConsole.setHref("https://" + partition.consoleHost() + "/costmanagement/home#/bcm-data-exports");
        Set<Product> chosen = EnumSet.copyOf(Product.withAlwaysOn(account.products()));
        products.setValue(chosen);
        createCur.setValue(account.createCur());
        manualSetup.setVisible(!account.createCur());
        bucket.setValue(textOf(account.curBucket()));
        reportName.setValue(textOf(account.curReportName()));
        prefix.setValue(textOf(account.curPrefix()));
        AwsRegion region = account.curBucketRegion() == null ? partition.homeRegion() : account.curBucketRegion();
        bucketRegion.setValue(region.value());
        settingsConfirmed.setValue(account.curSettingsConfirmed() && !account.createCur());
    }

    // a value type's toString is its text; not given is an empty field
    private static String textOf(Object value) {
        return value == null ? "" : value.toString();
    }

}

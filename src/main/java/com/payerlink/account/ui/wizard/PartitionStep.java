package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.Map;

/** Step 1: AWS commercial or AWS China; it decides ARNs, consoles, regions and endpoints after it. */
public class PartitionStep extends StepPanel {

    public final RadioButtonGroup<Partition> partition = new RadioButtonGroup<>("Where does this account live?");

    public PartitionStep() {
        super(WizardStep.PARTITION, "Mark whether you are connecting an account in AWS China. "
                + "The partition decides ARN prefixes, console hosts, regions and endpoints in every step after this one.");
        partition.setItems(Partition.values());
        partition.setItemLabelGenerator(p -> p == Partition.AWS ? "AWS (commercial regions)" : "AWS China (aws-cn)");
        partition.setRequired(true);
        add(partition);
    }

    public Partition value() {
        return partition.getValue();
    }

    @Override
    public void fill(CustomerAccount account) {
        partition.setValue(account.partition());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        partition.setReadOnly(readOnly);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("partition", partition);
    }

}

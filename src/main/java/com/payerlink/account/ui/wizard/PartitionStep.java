package com.payerlink.account.ui.wizard;

import com.payerlink.account.domain.CustomerAccount;
import com.payerlink.account.domain.Partition;
import com.payerlink.account.domain.WizardStep;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;


/** Step 1: AWS commercial or AWS China; it decides ARNs, consoles, regions and endpoints after it. */
public class PartitionStep extends StepPanel {

    public final RadioButtonGroup<Partition> partition = new RadioButtonGroup<>("Where does this account live?");

    public PartitionStep() {
        super(WizardStep.PARTITION, "Mark whether you are connecting an account in AWS China. "
                + "The partition decides ARN prefixes, console hosts, regions and endpoints in every step after this one.");
        partition.setItems(Partition.values());
        partition.setItemLabelGenerator(p -> p == Partition.AWS ? "AWS (commercial regions)" : "AWS China (aws-cn)");
        partition.setRequired(true);
        input("partition", partition);
        add(partition);
    }

    public Partition value() {
        return partition.getValue();
    }

    @Override
    public void fill(CustomerAccount account) {
        partition.setValue(account.partition());
    }

}

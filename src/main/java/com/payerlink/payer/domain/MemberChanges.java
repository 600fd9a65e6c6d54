package com.payerlink.payer.domain;

/** The tenant's members flagged since an operator last looked: joined and left, over all payers. */
public record MemberChanges(int joined, int left) {

    public boolean any() {
        return joined + left > 0;
    }

}

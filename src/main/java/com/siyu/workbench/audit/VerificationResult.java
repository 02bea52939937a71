package com.siyu.workbench.audit;

/**
 * What {@link LogVerifier} found. When {@code ok}, {@code lastSeq}/{@code lastHash} form a checkpoint worth noting
 * outside the file; otherwise {@code firstBrokenSeq} names the first entry that cannot be trusted and
 * {@code problem} says why. {@code entries} counts the entries read before stopping.
 */
public record VerificationResult(boolean ok, long entries, long lastSeq, String lastHash, Long firstBrokenSeq,
                                 LogProblem problem, String detail) {

    static VerificationResult intact(long entries, long lastSeq, String lastHash) {
        return new VerificationResult(true, entries, lastSeq, lastHash, null, null, null);
    }

    static VerificationResult broken(long entries, long seq, LogProblem problem, String detail) {
        return new VerificationResult(false, entries, 0, null, seq, problem, detail);
    }

    /** The checkpoint to note when the log is intact; null for an empty or broken log. */
    public Checkpoint checkpoint() {
        return ok && lastSeq > 0 ? new Checkpoint(lastSeq, lastHash) : null;
    }
}

package cn.eduapp.registry.enforcement;

/** What one sweep did: orders escalated, bans lifted, reminders raised for silent app stores. */
public record SweepResult(int escalated, int bansLifted, int reminders) {
}

package cn.eduapp.registry.enforcement;

/** What one sweep did: overdue orders found (each opening one case), listings ended, bans lifted, reminders raised. */
public record SweepResult(int overdue, int listingsEnded, int bansLifted, int reminders) {
}

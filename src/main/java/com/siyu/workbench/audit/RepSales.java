package com.siyu.workbench.audit;

/** One rep of the team and the sales credited to them (zeros when nothing was). */
public record RepSales(TeamMember member, AttributedSales sales) {
}

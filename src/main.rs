//! lkjip: compiles an Indonesian agency's performance data into its yearly LKjIP report.

mod compute;
mod load;
mod diag;
mod model;
mod number;
mod render;
mod report;
mod source;

fn main() {}

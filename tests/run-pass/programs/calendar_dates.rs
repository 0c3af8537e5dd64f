// Calendar arithmetic: leap years, days in month, day of week (Zeller) and adding days to a date.
#[derive(Clone, Copy)]
struct Date {
    y: i32,
    m: u32,
    d: u32,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    if m == 2 {
        if is_leap(y) { 29 } else { 28 }
    } else if m == 4 || m == 6 || m == 9 || m == 11 {
        30
    } else {
        31
    }
}

fn weekday_name(w: u32) -> &'static str {
    if w == 0 { "Saturday" } else if w == 1 { "Sunday" } else if w == 2 { "Monday" } else if w == 3 { "Tuesday" }
    else if w == 4 { "Wednesday" } else if w == 5 { "Thursday" } else { "Friday" }
}

impl Date {
    fn new(y: i32, m: u32, d: u32) -> Date {
        if m < 1 || m > 12 || d < 1 || d > days_in_month(y, m) {
            panic!("invalid date {}-{}-{}", y, m, d);
        }
        Date { y, m, d }
    }
    fn weekday(&self) -> u32 {
        let mut y = self.y;
        let mut m = self.m as i32;
        if m < 3 {
            m += 12;
            y -= 1;
        }
        let k = y % 100;
        let j = y / 100;
        let h = (self.d as i32 + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
        h as u32
    }
    fn next(self) -> Date {
        if self.d < days_in_month(self.y, self.m) {
            Date { d: self.d + 1, m: self.m, y: self.y }
        } else if self.m < 12 {
            Date { y: self.y, m: self.m + 1, d: 1 }
        } else {
            Date { y: self.y + 1, m: 1, d: 1 }
        }
    }
    fn add_days(self, n: u32) -> Date {
        let mut d = self;
        for _ in 0..n {
            d = d.next();
        }
        d
    }
    fn print(&self) {
        println!("{}-{}-{} ({})", self.y, self.m, self.d, weekday_name(self.weekday()));
    }
}

fn main() {
    Date::new(2000, 1, 1).print();
    Date::new(2024, 2, 29).print();
    Date::new(1969, 7, 20).print();
    Date::new(2023, 12, 31).next().print();
    Date::new(2024, 2, 28).add_days(2).print();
    Date::new(1999, 12, 25).add_days(10000).print();
    let mut leap_count = 0;
    for y in 1900..=2100 {
        if is_leap(y) {
            leap_count += 1;
        }
    }
    println!("leap years 1900..=2100: {leap_count}");
    Date::new(2023, 2, 29).print();
}

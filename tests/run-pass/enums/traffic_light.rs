// Textbook state machine: a traffic light with timed transitions and a pedestrian button, consuming and returning state.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red { remaining: u8 },
    Green { remaining: u8, button: bool },
    Yellow,
    Off,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Tick,
    Button,
    Power,
}

impl Light {
    fn step(self, ev: Event) -> Light {
        match (self, ev) {
            (_, Event::Power) => match self {
                Light::Off => Light::Red { remaining: 2 },
                _ => Light::Off,
            },
            (Light::Off, _) => Light::Off,
            (Light::Red { remaining: 0 }, Event::Tick) => Light::Green { remaining: 3, button: false },
            (Light::Red { remaining }, Event::Tick) => Light::Red { remaining: remaining - 1 },
            (Light::Green { button: true, .. }, Event::Tick) => Light::Yellow,
            (Light::Green { remaining: 0, .. }, Event::Tick) => Light::Yellow,
            (Light::Green { remaining, button }, Event::Tick) => Light::Green { remaining: remaining - 1, button },
            (Light::Green { remaining, .. }, Event::Button) => Light::Green { remaining, button: true },
            (Light::Yellow, Event::Tick) => Light::Red { remaining: 2 },
            (s, Event::Button) => s,
        }
    }

    fn can_walk(&self) -> bool {
        match *self {
            Light::Red { .. } => true,
            Light::Green { .. } | Light::Yellow | Light::Off => false,
        }
    }
}

fn main() {
    let events = [
        Event::Power, Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Button,
        Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Tick, Event::Tick,
        Event::Tick, Event::Tick, Event::Tick, Event::Power, Event::Tick, Event::Button,
    ];
    let mut light = Light::Off;
    let mut greens = 0;
    for i in 0..events.len() {
        let before = light;
        light = light.step(events[i]);
        if let Light::Green { .. } = light {
            greens += 1;
        }
        println!("{}: {:?} + {:?} => {:?} walk={}", i, before, events[i], light, light.can_walk());
        if before == light {
            println!("  (unchanged)");
        }
    }
    println!("green ticks: {}", greens);
}

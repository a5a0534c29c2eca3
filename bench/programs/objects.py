# Small objects: a 2-D vector class with __init__, methods, a property-free attribute style,
# operator overloading and instance creation in a hot loop (typical simulation-style code).
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.hits = 0

    def step(self, size):
        p = self.pos + self.vel
        if p.x < 0 or p.x > size:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
        if p.y < 0 or p.y > size:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1
        self.pos = p


class World:
    def __init__(self, count, size):
        self.size = size
        self.particles = [Particle(Vec(i % size, (i * 7) % size), Vec(1 + i % 3, 2 - i % 5))
                          for i in range(count)]

    def tick(self):
        for p in self.particles:
            p.step(self.size)

    def energy(self):
        return sum(p.vel.dot(p.vel) for p in self.particles)


world = World(200, 97)
for _ in range(max(1, int(SCALE * 20000))):
    world.tick()
print("checksum", world.energy(), sum(p.hits for p in world.particles),
      sum(p.pos.x + p.pos.y for p in world.particles))

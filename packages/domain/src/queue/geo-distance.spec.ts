import { distanceMeters } from './geo-distance';

/** 市中区政务服务中心 (the hall). */
const HALL = { latitude: 36.636905, longitude: 117.006431 };

describe('distanceMeters', () => {
  it('is 0 from a point to itself and symmetric', () => {
    expect(distanceMeters(HALL, HALL)).toBe(0);
    const other = { latitude: 36.651216, longitude: 117.12 };
    expect(distanceMeters(HALL, other)).toBeCloseTo(distanceMeters(other, HALL), 6);
  });
  it('measures 2 km north of the hall as 2 km (1° of latitude ≈ 111 195 m)', () => {
    const north = { latitude: HALL.latitude + 2000 / 111_195.08, longitude: HALL.longitude };
    expect(distanceMeters(HALL, north)).toBeCloseTo(2000, 0);
  });
  it('shrinks a degree of longitude by cos(latitude)', () => {
    // 0.01° east at 36.64° N: 111 195 m · 0.01 · cos(36.64°) ≈ 892.3 m
    const east = { latitude: HALL.latitude, longitude: HALL.longitude + 0.01 };
    expect(distanceMeters(HALL, east)).toBeCloseTo(892.27, 1);
  });
  it('matches a known long distance: Beijing – Shanghai ≈ 1 067 km', () => {
    const beijing = { latitude: 39.9042, longitude: 116.4074 };
    const shanghai = { latitude: 31.2304, longitude: 121.4737 };
    expect(Math.abs(distanceMeters(beijing, shanghai) - 1_067_000)).toBeLessThan(2_000);
  });
  it('is half the circumference between antipodes', () => {
    const antipode = { latitude: -HALL.latitude, longitude: HALL.longitude - 180 };
    expect(distanceMeters(HALL, antipode)).toBeCloseTo(Math.PI * 6_371_008.8, 0);
  });
  it('rejects impossible coordinates', () => {
    expect(() => distanceMeters(HALL, { latitude: 91, longitude: 0 })).toThrow(RangeError);
    expect(() => distanceMeters(HALL, { latitude: Number.NaN, longitude: 0 })).toThrow(RangeError);
  });
});

#!/usr/bin/env python3
"""How nearly one-way the input flows of an economy file are.

Usage: python3 scripts/sector-order.py datasets/usa-2014.economy.json

Input value of product i used to make product j is a_ij times the technology's maxOutput. The script
looks for the order of products that sends the most of that value (between different products)
from earlier to later products -- "more basic" to "less basic" -- by local search from 20 seeded
random orders (moving one product at a time), and prints the share it reached. 100 % would be a
supply structure without loops; a random matrix gives about 50 %. Quadratic in the number of
products per move, so meant for sector tables (tens of sectors), not for synthetic economies.
"""
import json
import random
import sys


def main(path):
    economy = json.load(open(path))
    products = [p["id"] for p in economy["products"]]
    index = {p: i for i, p in enumerate(products)}
    n = len(products)
    flow = [[0.0] * n for _ in range(n)]
    for collective in economy["collectives"]:
        for technology in collective["technologies"]:
            j = index[technology["product"]]
            for product, coefficient in technology["inputs"].items():
                flow[index[product]][j] += coefficient * technology["maxOutput"]
    total = sum(flow[i][j] for i in range(n) for j in range(n) if i != j)
    own = sum(flow[i][i] for i in range(n))

    def forward(order):
        position = {product: k for k, product in enumerate(order)}
        return sum(flow[i][j] for i in range(n) for j in range(n) if i != j and position[i] < position[j])

    best_value, best_order = -1.0, None
    for seed in range(20):
        random.seed(seed)
        order = list(range(n))
        random.shuffle(order)
        value = forward(order)
        improved = True
        while improved:
            improved = False
            for a in range(n):
                moved, rest = order[a], order[:a] + order[a + 1:]
                for b in range(n):
                    candidate = rest[:b] + [moved] + rest[b:]
                    candidate_value = forward(candidate)
                    if candidate_value > value + 1e-9:
                        order, value, improved = candidate, candidate_value, True
                        break
        if value > best_value:
            best_value, best_order = value, order
    print(f"{n} products; own-product use {own / (total + own):.0%} of all input value")
    print(f"best order found sends {best_value / total:.1%} of the input value between products"
          f" from a more basic product to a less basic one")
    print("most basic first:", " ".join(products[i] for i in best_order[:10]))


if __name__ == "__main__":
    main(sys.argv[1])

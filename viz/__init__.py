"""The partnership network: the store goes in, a networkx view comes out, drawn as an offline HTML page.

network (store → networkx, filters, measures), layout (positions in Python), render (the page),
timeline (activities over time), export (GEXF, GraphML), synthetic (test networks), browser (Chromium).
"""
